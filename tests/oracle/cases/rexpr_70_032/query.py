from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), i INT, ts TIMESTAMP, s STRING, n DECIMAL(5,3), dt DATE, t STRING, d DOUBLE").json(INPUT)
result = df.groupBy("i").agg(F.count(col("t")).alias("a1"), expr("(max(nullif(d, CAST('NaN' AS DOUBLE))) - min(nullif(d, CAST('NaN' AS DOUBLE)))) AS a2"), expr("count(date_add(add_months(dt, i), i)) AS a3"), F.count_if((col("t").isNotNull() | (col("s") != lit("")))).alias("a4"))
OUTPUT_MODE = "update"
