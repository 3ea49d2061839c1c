from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("i INT, d DOUBLE").json(INPUT)
result = df.selectExpr("array_sort(array(2, i, NULL, -1))", "vector_norm(array(CAST(i AS FLOAT), 4.0F), 2.0F)", "greatest(i, 2S, 3Y)", "CAST(make_dt_interval(-1) AS STRING)", "CAST(make_dt_interval(1, i, 2) AS STRING)")
OUTPUT_MODE = "append"
