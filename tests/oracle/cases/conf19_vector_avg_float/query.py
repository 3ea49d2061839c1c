from pyspark.sql import functions as F
from pyspark.sql.functions import expr
df = spark.readStream.schema("k INT, a FLOAT, b FLOAT").json(INPUT)
result = df.groupBy("k").agg(expr("vector_avg(array(a, b))").alias("avg"), expr("vector_sum(array(a, b))").alias("sum"), expr("vector_avg(array(b))").alias("avg_b"))
OUTPUT_MODE = "complete"
