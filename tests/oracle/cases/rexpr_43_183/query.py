from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), s STRING, i INT, m DECIMAL(10,2), ts TIMESTAMP, dt DATE, d DOUBLE, b BOOLEAN, t STRING, j INT").json(INPUT)
result = df.withColumn("c1", F.when(col("b"), col("dt")).otherwise(F.when((col("d") < lit(0.1)), col("dt")).when((col("j") == lit(-1)), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")))).withColumn("c2", F.instr(F.greatest(col("s"), col("s"), col("s")), "o")).withColumn("n", F.when((lit(False) > lit(True)), lit(10).try_cast("decimal(10,4)")).otherwise(F.least(col("n"), col("n")))).withColumn("c4", expr("CAST(ts AS BIGINT)")).select("id", "c1", "c2", "c4").filter("((substring(t, 0, 10) RLIKE 'o$') OR (ts >= TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
