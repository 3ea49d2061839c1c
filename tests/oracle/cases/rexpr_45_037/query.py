from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, b, sum(year(dt)) AS a1, max(abs(m)) AS a2 FROM src GROUP BY dt, b")
OUTPUT_MODE = "update"
