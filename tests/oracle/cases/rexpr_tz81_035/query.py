spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(b IS NOT TRUE)").withColumn("c1", F.bround(F.least(col("d"), lit(0.1), col("d")), 0)).withColumn("c2", expr("CASE WHEN b THEN (id + (-1 * id)) WHEN (instr(s, 'é') >= 0L) THEN (id DIV 2) ELSE (greatest(3L, id, id) * -1) END")).withColumn("i", expr("least(i, (10 + i))")).withColumn("c4", (col("m") * col("ts").cast("double"))).select("id", "c1", "c2", "c4").filter((~F.coalesce(col("id").eqNullSafe(col("c4")), lit(False))))
OUTPUT_MODE = "append"
