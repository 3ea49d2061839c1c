spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.exists(F.split(col("s"), " "), lambda x: x == lit("b"))).withColumn("c2", F.date_add(F.next_day(F.trunc(col("dt"), "mon"), "wednesday"), lit(-1))).withColumn("c3", expr("'2024-02-29'")).withColumn("c4", col("m").eqNullSafe(col("d"))).drop("k", "f", "m", "s", "ts")
OUTPUT_MODE = "append"
