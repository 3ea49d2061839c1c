from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(dt <= DATE'2024-02-29')").groupBy(F.when(col("b"), col("dt")).otherwise(expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).alias("k1")).agg(expr("round(regr_slope(i, 5), 6) AS a1"), expr("round(vector_sum(array(CAST(i AS FLOAT), 1.0F))[0], 3)").alias("a2"))
OUTPUT_MODE = "complete"
