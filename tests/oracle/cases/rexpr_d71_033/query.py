from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.get_json_object(F.to_json(F.named_struct(lit("a"), lit("Hello"), lit("n"), col("dt"))), "$.n").startswith("a") | col("s").isNull())).withColumn("c1", F.timestamp_seconds(lit(-1))).withColumn("c2", expr("CASE ('a' <> s) WHEN false THEN d WHEN true THEN hypot(locate(' ', s), 0.5D) ELSE ln(-4) END")).withColumn("c3", expr("next_day(to_date('2025-03-01'), 'SUN')")).withColumn("c4", expr("pow(find_in_set('b', '42'), 3)")).select("id", "c1", "c2", "c3", "c4").filter((F.date_format(F.to_date(lit("2025-03-01")), "Q").startswith("a") | col("ts").isNull()))
OUTPUT_MODE = "append"
