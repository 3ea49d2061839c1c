spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("tan(d)")).withColumn("c2", (F.date_trunc("SECOND", F.to_timestamp(lit("2024-02-29 00:00:00"))) - expr("INTERVAL 1 DAY"))).withColumn("c3", expr("shiftrightunsigned(CAST(i AS BIGINT), 1)")).drop("k", "d", "f", "m", "n", "s", "dt")
OUTPUT_MODE = "append"
