from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.to_number("s", F.lit("S9,999.99")), F.expr("to_number(replace(s, ',', ''), 'S9999.99')").alias("b"))
OUTPUT_MODE = "append"
