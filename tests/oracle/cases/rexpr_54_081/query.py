from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, sum((i - i)) AS a1, count_if(b) AS a2, count_if((b > (m >= 1.25))) AS a3 FROM src GROUP BY s ORDER BY s")
OUTPUT_MODE = "complete"
ORDERED = True
