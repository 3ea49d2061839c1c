from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("s").like("% %")).withColumn("c2", F.concat(col("dt").cast("string"), F.left(F.lower(col("s")), lit(1)), F.lpad(col("t"), 6, "é"))).withColumn("c3", expr("nullif((2 * id), 1000L)")).withColumn("s", (lit(5) * col("i")).cast("string")).withColumn("c5", expr("((f > 0.1D) OR (b IS NOT TRUE))")).drop("f", "m", "dt")
OUTPUT_MODE = "append"
