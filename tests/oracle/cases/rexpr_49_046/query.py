from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(d IS NOT NULL)").groupBy(expr("sha2(t, 224) AS k1")).agg(expr("bool_or((d < 2.0D)) AS a1"), F.sum(col("i")).alias("a2"))
OUTPUT_MODE = "update"
