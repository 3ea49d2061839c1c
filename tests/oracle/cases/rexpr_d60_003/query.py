from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, s STRING, f FLOAT, ts TIMESTAMP, n DECIMAL(5,3), j INT, d DOUBLE, dt DATE, m DECIMAL(7,0)").json(INPUT)
result = df.select("id", "s", expr("make_date(2024, pmod(i, 12) + 1, 28) AS c1"), F.months_between(F.to_date(lit("2024-02-29")), col("ts"))).filter("((j >= -1) OR (b IS NOT TRUE))")
OUTPUT_MODE = "append"
