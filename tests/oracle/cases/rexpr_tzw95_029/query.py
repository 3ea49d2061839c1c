spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce((-1 <= id), false))").withColumn("c1", expr("((m >= 0.5) AND (b AND (k = 1000L)))")).withColumn("s", expr("CASE WHEN CASE WHEN (NOT (ts > TIMESTAMP'1999-12-31 23:59:59.999')) THEN b ELSE (d <> 0.1D) END THEN coalesce(CAST(ts AS STRING), 'o') WHEN ((b IS NOT NULL) AND (d <> 3.75D)) THEN t WHEN b THEN get(split(t, ','), 2) ELSE 'o' END")).withColumn("c3", (-lit(3))).withColumn("c4", F.coalesce(col("n"), col("m"), lit(1.25).cast("decimal(3,2)"))).drop("j", "k", "m", "t", "b", "dt", "ts")
OUTPUT_MODE = "append"
