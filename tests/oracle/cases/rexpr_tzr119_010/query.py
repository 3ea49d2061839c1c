spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, n DECIMAL(9,5), s STRING, b BOOLEAN, ts TIMESTAMP, i INT, dt DATE, m DECIMAL(38,10)").load(INPUT)
result = df.select("id", "d", F.position(lit('o'), col("s")).alias("c1"), F.ceil(F.when(F.abs(F.round(F.rint(col("d")), 3)) < lit(1e9), F.round(F.rint(col("d")), 3))).alias("c2"), expr("least(regexp_instr(substring(s, 1, 1), '([a-z])([a-z])', 2), length('x-y'), datediff(TIMESTAMP'2024-03-01 12:30:00.123456', dt)) AS c3"), F.array_repeat(col("s"), F.abs(col("i")) % 3).alias("c4"), expr("unix_timestamp(to_date(ts)) AS c5")).where("(is_valid_utf8('42') OR (d < CAST('NaN' AS DOUBLE)))")
OUTPUT_MODE = "append"
