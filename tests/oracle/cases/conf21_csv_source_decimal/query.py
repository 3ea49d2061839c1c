df = spark.readStream.schema("id INT, d DECIMAL(6,2), _corrupt_record STRING").csv(INPUT)
result = df
OUTPUT_MODE = "append"
