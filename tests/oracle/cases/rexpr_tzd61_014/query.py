spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nullif(CAST(greatest(dt, dt, dt) AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00')")).withColumn("s", F.ltrim(F.concat_ws("|", (col("i") + col("i")).cast("string"), F.trim(col("s")), F.concat(col("s"), col("s"))))).withColumn("c3", (F.date_trunc("DAY", col("c1")) + expr("INTERVAL -3 DAYS"))).withColumn("c4", F.date_from_unix_date(lit(2))).withColumn("c5", col("id").try_cast("int")).drop("j", "m", "n", "b", "dt", "ts")
OUTPUT_MODE = "append"
