from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("s").eqNullSafe(lit("日本")) | (col("j") >= lit(-1)))).groupBy(expr("(5 + (i % nullif(i, 0))) AS k1"), "j").agg(F.min(F.format_string("[%5s|%-4d]", F.date_format(col("dt"), "EEE"), F.when((col("j") < lit(3)), col("id")).otherwise(col("id")))).alias("a1"), F.round(F.avg(col("d")), 0).alias("a2"), F.max((-col("i"))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
