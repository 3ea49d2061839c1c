from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("((s <> 'Hello') AND (t IS NOT NULL))")).withColumn("c2", expr("isnan((m - d))")).withColumn("c3", (lit(False) & (col("d").isNotNull() | col("f").isNull()))).withColumn("c4", expr("isnan((d + f))")).drop("i", "d", "f", "m", "t", "dt").filter((col("j").cast("string").startswith("") | col("j").isNotNull()))
OUTPUT_MODE = "append"
