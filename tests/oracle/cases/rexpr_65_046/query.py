from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), t STRING, d DOUBLE, j INT, dt DATE, i INT, ts TIMESTAMP, f FLOAT, s STRING").json(INPUT)
result = df.groupBy(expr("(CASE WHEN (t > 'é') THEN i END - i) AS k1")).agg(expr("(max(d) - min(d)) AS a1"), expr("sum(CASE WHEN (f IS NOT NULL) THEN m ELSE 0 END) AS a2"), F.count_if(F.when(col("s").endswith(""), F.greatest(lit(0.5), lit(-1.5))).when(col("s").like("a%"), F.when(col("s").isNotNull(), col("f")).otherwise(col("d"))).when(lit(0.5).isNotNull(), col("f")).otherwise((col("m") * col("f"))).between(lit(3.75), lit(0.1))).alias("a3"), F.datediff(F.max(F.greatest(F.trunc(col("dt"), "yy"), col("dt"), col("dt"))), F.min(F.greatest(F.trunc(col("dt"), "yy"), col("dt"), col("dt")))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
