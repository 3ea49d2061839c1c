from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, t STRING, ts TIMESTAMP, j INT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, d DOUBLE, dt DATE").json(INPUT)
result = df.select(expr("CASE WHEN false THEN ts WHEN (d = id) THEN CASE WHEN (d IS NOT NULL) THEN ts WHEN (ts IS NOT NULL) THEN TIMESTAMP'2024-02-29 00:00:00' END WHEN (dt < ts) THEN CASE WHEN is_valid_utf8(unhex('C328')) THEN ts ELSE timestamp_seconds(i) END ELSE timestampadd(DAY, 3, TIMESTAMP'2024-02-29 00:00:00') END").alias("c1"), F.add_months(F.to_date(lit("2025-03-01")), F.position(col("s"), col("t"), lit(2))), expr("(id = 3L)"), expr("schema_of_csv('1,abc,2.5,true')").alias("c4")).filter((~F.coalesce((~F.reduce(F.array(col("i"), lit(0), lit(4)), lit(0), lambda acc, x: acc + F.coalesce(x, lit(0))).isin(lit(0), lit(-1), lit(1))), lit(False))))
OUTPUT_MODE = "append"
