from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((~col("i").cast("boolean")) | (col("i") > lit(0)))).select(expr("(m - m)").alias("c1"), expr("CASE WHEN (s <> ' ') THEN to_date(date_format(date_add(dt, i), 'dd/MM/yyyy'), 'dd/MM/yyyy') WHEN ('abc' RLIKE '[aeiou]{2}') THEN dt WHEN (d < 0L) THEN make_date(year(to_date('2023-12-31')), 2, least(dayofmonth(to_date('2023-12-31')), 28)) END").alias("c2"), (col("d") != F.nvl(col("j"), lit(7))).alias("c3"), expr("(id / nullif(d, 0))"))
OUTPUT_MODE = "append"
