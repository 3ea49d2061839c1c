spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(F.substring(F.from_unixtime(col("i"), "HH:mm"), -3, 0).isNull(), lit(True))).withColumn("c1", expr("(d / nullif(j, 0))")).withColumn("c2", expr("(extract(QUARTER FROM dt) * 3)")).withColumn("c3", F.add_months(F.try_to_date(lit("Hello")), col("i"))).drop("j", "k", "d", "s", "t", "dt", "ts").filter(F.coalesce((~col("i").isNotNull()), lit(True)))
OUTPUT_MODE = "append"
