df = spark.readStream.schema("a INT, _corrupt_record STRING").json(INPUT)
result = df
OUTPUT_MODE = "append"
