from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, s STRING, dt DATE, n DECIMAL(4,1), m DECIMAL(10,2), i INT, t STRING").json(INPUT)
result = df.withColumn("c1", F.ascii(F.initcap(F.coalesce(col("t"), lit("a"))))).withColumn("c2", expr("datediff(dt, to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'))")).withColumn("c3", F.hypot(col("d"), col("d"))).select("id", "c1", "c2", "c3").where("(isnan(coalesce(d, 3.75D)) OR (ts > TIMESTAMP'2024-02-29 00:00:00'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY id"]
