spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("t") == lit("é"))).withColumn("c1", expr("(try_divide((2 / 2), d) BETWEEN 0.1D AND 3.75D)")).withColumn("c2", F.crc32(F.upper(col("s")))).withColumn("ts", F.nullif((F.to_timestamp(lit("1999-12-31 23:59:59.999")) - expr("INTERVAL 36 HOURS")), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c4", F.nullif(F.date_trunc("SECOND", col("ts")), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c5", expr("TRY_CAST(t AS TIMESTAMP)")).select("id", "c1", "c2", "c4", "c5").filter(F.coalesce((~col("dt").isNotNull()), lit(True)))
OUTPUT_MODE = "append"
