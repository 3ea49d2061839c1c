from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), s STRING, b BOOLEAN, d DOUBLE, k BIGINT, dt DATE, t STRING, ts TIMESTAMP, i INT, n DECIMAL(5,3)").load(INPUT)
result = df.filter(F.coalesce((col("d") > lit(0.1)), lit(True))).withColumn("c1", expr("octet_length(char(CAST(i AS BIGINT) + 256))")).withColumn("c2", expr("dt")).withColumn("c3", expr("(id * 0)")).withColumn("c4", expr("greatest(dt, if(b, dt, DATE'2000-01-01'))")).withColumn("c5", F.power(col("s"), lit(2))).withColumn("c6", expr("power(CASE WHEN b THEN i WHEN b THEN i WHEN b THEN CASE WHEN (i > 1) THEN i WHEN b THEN i WHEN b THEN i ELSE i END ELSE shiftrightunsigned(i, 28) END, i % 5)"))
OUTPUT_MODE = "append"
