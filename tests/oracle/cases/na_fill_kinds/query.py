df = spark.readStream.format("json").schema("ts TIMESTAMP, s STRING, i INT, d DOUBLE, b BOOLEAN").load(INPUT)
# fillna: a number fills every numeric column (cast to its type, NaN too), a string the
# string columns, a bool the boolean ones; a dict fills its columns with values cast to them.
base = df.withColumn("d2", df.d).withColumn("i2", df.i).withColumn("s2", df.s)
result = (base.fillna({"d2": 9, "i2": 1.9, "s2": "z"}).fillna(2.7, subset=["d", "i"])
          .fillna("none").na.fill(False, subset=["b"]))
OUTPUT_MODE = "append"
