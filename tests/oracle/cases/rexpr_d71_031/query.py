from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(id DIV i)")).withColumn("c2", expr("CASE WHEN (j > 3) THEN dt ELSE dateadd(date_add(dt, i), i) END")).withColumn("c3", expr("(instr(lpad('é', 6, 'ab'), 'a') - length(s))")).withColumn("c4", F.coalesce(lit(3).cast("bigint"), col("k"), lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
