from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, count(nvl2(m, m, 12.345)) AS a1, count_if(b) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
