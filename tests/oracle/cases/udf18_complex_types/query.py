from pyspark.sql.functions import col, udf
from pyspark.sql.types import ArrayType, MapType, StringType, IntegerType, StructType, StructField

df = spark.readStream.format("json").schema("id INT, words STRING").load(INPUT)

split_words = udf(lambda s: None if s is None else s.split(), ArrayType(StringType()))
lengths = udf(lambda s: None if s is None else {w: len(w) for w in s.split()}, MapType(StringType(), IntegerType()))
first_last = udf(lambda s: None if not s else (s.split()[0], len(s.split())),
                 StructType([StructField("first", StringType()), StructField("count", IntegerType())]))

result = df.select("id", split_words("words").alias("ws"), lengths("words").alias("lens"),
                   first_last("words").alias("fl"))
OUTPUT_MODE = "append"
