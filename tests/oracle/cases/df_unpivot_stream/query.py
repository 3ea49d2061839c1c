df = spark.readStream.format("json").schema("k STRING, x INT, y DOUBLE").load(INPUT)
# unpivot of a stream (an Expand per micro-batch), types widened to double.
result = df.unpivot("k", ["x", "y"], "var", "val")
OUTPUT_MODE = "append"
