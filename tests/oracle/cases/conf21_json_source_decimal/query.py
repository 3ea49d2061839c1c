df = spark.readStream.schema("id INT, d DECIMAL(6,2), _corrupt_record STRING").json(INPUT)
result = df
OUTPUT_MODE = "append"
