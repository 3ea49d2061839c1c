from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when((col("j") >= lit(-1)), col("dt")).otherwise(col("dt")).alias("k1")).agg(expr("count((id % nullif(i, 0))) AS a1"), F.count_if(col("s").like("a%")).alias("a2"))
OUTPUT_MODE = "update"
