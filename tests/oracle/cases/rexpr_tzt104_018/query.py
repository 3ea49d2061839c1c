spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("nullif(d, 3.75D) AS k1")).agg(F.count_if(col("d").between(lit(0.5), lit(0.1))).alias("a1"), F.sum(col("i")).alias("a2"), F.bool_or(F.abs(col("m")).eqNullSafe((lit(2.0) * col("id")))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
