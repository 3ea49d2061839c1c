from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, dt DATE, s STRING, d DOUBLE, i INT").load(INPUT)
result = df.groupBy(col("s").ilike("a%").alias("k1")).agg(F.bool_and(col("dt").eqNullSafe(F.to_date(lit("2025-03-01")))).alias("a1"), F.count_if(((col("s") == lit("o")) | col("b"))).alias("a2"), F.count_if((F.greatest(col("m"), col("m")) <= (lit(.5).cast("decimal(2,1)") - lit(-3.10).cast("decimal(3,2)")))).alias("a3"), expr("min(dt) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
