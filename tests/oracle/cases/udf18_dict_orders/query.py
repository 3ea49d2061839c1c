from pyspark.sql.functions import col, udf
from pyspark.sql.types import MapType, StringType, IntegerType, LongType, DoubleType

df = spark.readStream.format("json").schema("id INT, n INT").load(INPUT)

# Dicts reach Spark as Java HashMaps: their entries come out in the map's order.
words = udf(lambda n: {f"key{i * 7 % 23}": i for i in range(n)}, MapType(StringType(), IntegerType()))
ints = udf(lambda n: {i * 1000003 - 500: str(i) for i in range(n)}, MapType(IntegerType(), StringType()))
longs = udf(lambda n: {i * 3000000000: i for i in range(n)}, MapType(LongType(), IntegerType()))
floats = udf(lambda n: {i / 4: i for i in range(n)}, MapType(DoubleType(), IntegerType()))
as_text = udf(lambda n: {f"k{i}": i for i in range(n)})

result = df.select("id", words("n").alias("w"), ints("n").alias("i"), longs("n").alias("l"),
                   floats("n").alias("f"), as_text("n").alias("t"))
OUTPUT_MODE = "append"
