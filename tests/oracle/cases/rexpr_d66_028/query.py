from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, m DECIMAL(18,6), b BOOLEAN, s STRING, i INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, round(avg(nvl(i, 3)), 2) AS a1, count(i) AS a2 FROM src GROUP BY b")
OUTPUT_MODE = "update"
