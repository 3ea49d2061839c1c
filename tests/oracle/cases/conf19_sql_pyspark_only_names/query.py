from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("i INT, t TIMESTAMP").json(INPUT)
result = df.select(expr("bitwise_not(i)"))
OUTPUT_MODE = "append"
