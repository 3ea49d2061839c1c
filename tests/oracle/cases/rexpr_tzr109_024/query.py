spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("j AS k1")).agg(expr("vector_avg(array(CAST(i AS FLOAT), 2.0F))").alias("a1"), F.count(col("m")).alias("a2"), expr("round(covar_pop(i, i), 6)").alias("a3"), F.sum(F.when((F.concat(col("s"), col("dt").cast("string")) == col("t")), expr("tinyint(abs(xpath_short('<a><b>7</b><b>' || 2 || '</b></a>', 'sum(a/b)')) % 100)")).otherwise(lit(0))).alias("a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
