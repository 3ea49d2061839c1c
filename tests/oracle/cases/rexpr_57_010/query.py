from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.try_divide(col("d"), col("f"))).withColumn("c2", expr("TRY_CAST(regexp_replace(s, ' +', '_') AS BIGINT)")).withColumn("c3", expr("CASE WHEN isnan(d) THEN greatest(s, s, s) WHEN CASE WHEN (j > 10) THEN (j < 5) ELSE (j IS NOT NULL) END THEN s ELSE s END")).withColumn("c4", col("d"))
OUTPUT_MODE = "append"
