from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("n") + expr("100BD"))).withColumn("c2", expr("pow(f, 3)")).drop("i", "j", "d", "n", "dt", "ts").filter((F.isnan(col("d")) | (col("j") == lit(10))))
OUTPUT_MODE = "append"
