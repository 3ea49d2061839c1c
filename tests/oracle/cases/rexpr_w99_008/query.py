from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce((~col("b")), lit(True))).select(F.array_join(F.split(col("s"), ","), "").alias("c1"), expr("CASE quarter(dt) WHEN 5 THEN TRY_CAST(m AS BIGINT) END").alias("c2"), F.translate(expr("chr(abs(2) % 90 + 32)"), "aeiou", "AEI").like("%o%").alias("c3"), expr("nvl(ifnull(m, 12.345), -3.10)").alias("c4"), expr("trunc(date_add(dt, i), 'yy')"), col("t").cast("date").alias("c6"))
OUTPUT_MODE = "append"
