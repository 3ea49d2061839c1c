from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit
df = spark.readStream.schema("i INT").json(INPUT)
result = df.select(F.array_sort(F.array(col("i"), lit(1))), F.sort_array(F.array(col("i"), lit(1))))
OUTPUT_MODE = "append"
