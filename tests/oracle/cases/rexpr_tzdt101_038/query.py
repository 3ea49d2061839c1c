spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("k", expr("CAST(ts AS BIGINT)")).withColumn("c2", F.sha2(F.concat_ws("|", col("s"), col("s")), 224)).withColumn("b", expr("(NOT coalesce((b AND (b <=> false)), false))")).withColumn("c4", expr("(id % nullif(j, 0))")).withColumn("c5", (col("n") * F.bround(lit(.5).cast("decimal(2,1)"), 2))).drop("i", "k", "d", "f", "m")
OUTPUT_MODE = "append"
