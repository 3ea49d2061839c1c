from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(expr("round(regr_intercept(i, xpath_int('<a><b>' || (i + i) || '</b></a>', 'a/b')), 6) AS a1"), expr("round(skewness(i), 6)").alias("a2"))
OUTPUT_MODE = "update"
