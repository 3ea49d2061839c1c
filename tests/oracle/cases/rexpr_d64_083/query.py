from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).withColumn("c2", F.locate("o", F.reverse(col("s")), 1)).withColumn("c3", expr("((d IS NOT NULL) AND (7 IS NULL))")).withColumn("c4", F.when((F.instr(col("t"), "é").between(lit(0), lit(-1)) > (col("d") >= lit(0.001))), F.get(F.split(col("t"), " "), 0)).when(col("j").eqNullSafe(col("i")), F.when(F.when(col("i").isNotNull(), lit(True)).when(col("t").startswith("H"), col("t").contains("a")).otherwise((~col("s").isNotNull())), col("s")).otherwise(F.get(F.split(lit(None).cast("string"), "[aeiou]"), 2))).otherwise(col("t"))).drop("i", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
