from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, ts TIMESTAMP, b BOOLEAN, m DECIMAL(7,0), n DECIMAL(9,5), t STRING, dt DATE, i INT").json(INPUT)
result = df.groupBy(((col("i") - col("id")) - (lit(2.0) + col("d"))).alias("k1")).agg(expr("first_value(2, true) AS a1"), expr("round(corr((d - id), array_position(array(format_number(d, 2), 'a', concat(s, t, s)), 'a')), 6)").alias("a2"))
OUTPUT_MODE = "complete"
