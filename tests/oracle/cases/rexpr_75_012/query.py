from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(CASE WHEN b THEN d WHEN (n = 0.5) THEN -1.5D ELSE d END + id)")).withColumn("b", expr("(nullif(j, 3) != TRY_CAST(id AS INT))")).select("id", "c1").where(((F.add_months(col("dt"), lit(1)) != col("dt")) | (col("d") > lit(2.0))))
OUTPUT_MODE = "append"
