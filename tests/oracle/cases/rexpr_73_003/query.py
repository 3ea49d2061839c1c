from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, d DOUBLE, s STRING, t STRING, j INT, dt DATE, ts TIMESTAMP, m DECIMAL(7,0), i INT, f FLOAT").load(INPUT)
df.filter((col("m") >= lit(100).cast("decimal(3,0)"))).createOrReplaceTempView("src")
result = spark.sql("SELECT (i % nullif((i - i), 0)) AS k1, min('abc') AS a1, round(avg(month(date_trunc('QUARTER', nvl2(m, ts, TIMESTAMP'1999-12-31 23:59:59.999')))), 3) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
