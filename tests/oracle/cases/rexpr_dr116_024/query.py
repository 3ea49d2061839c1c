from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.date_add(F.date_from_unix_date(F.nvl2(col("id"), col("i"), lit(5))), col("i")).alias("c1"), expr("array_union(array(d, CAST('NaN' AS DOUBLE), nanvl(asinh(d), -1.0D)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D)) AS c2"))
OUTPUT_MODE = "append"
