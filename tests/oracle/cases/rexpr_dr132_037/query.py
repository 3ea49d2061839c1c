from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j").agg(F.bool_and(expr("is_valid_utf8(unhex('C328'))")).alias("a1"), expr("round(regr_intercept(hour(ts), i), 6)").alias("a2"))
OUTPUT_MODE = "update"
